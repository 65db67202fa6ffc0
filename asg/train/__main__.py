"`python -m asg.train` and `torchrun --nproc_per_node N -m asg.train`: see asg.train.loop.main."
from .loop import main

if __name__ == '__main__': main()
