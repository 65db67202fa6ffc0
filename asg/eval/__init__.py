"Evaluation: linear probe (`asg.eval.probe`) and retrieval (`asg.eval.retrieval`)."
