"Synthetic radiographs: report-conditioned phantoms (`asg.synth.phantom`) and the on-disk corpus (`asg.synth.corpus`)."
