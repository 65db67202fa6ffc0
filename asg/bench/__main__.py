"`python -m asg.bench`: the GPU (or CPU) benchmark of the training step and input pipeline; see asg.bench.gpu.main."
from .gpu import main

if __name__ == '__main__': main()
