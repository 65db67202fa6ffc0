"Pre-training: the run's configuration (`asg.train.config`), checkpoints (`asg.train.checkpoint`) and the loop (`asg.train.loop`); `python -m asg.train` / `torchrun -m asg.train`."
from .config import TrainConfig
from .loop import Trainer, train, launch

__all__ = ['TrainConfig', 'Trainer', 'train', 'launch']
