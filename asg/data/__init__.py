"Data: the corpus manifest (`asg.data.manifest`), image transforms (`asg.data.transforms`) and the dataset (`asg.data.dataset`)."
