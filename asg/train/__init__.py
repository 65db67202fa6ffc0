"Pre-training: the run's configuration (`asg.train.config`), checkpoints (`asg.train.checkpoint`), the loop (`asg.train.loop`) and its distributed checks (`asg.train.distributed`); `python -m asg.train` / `torchrun -m asg.train`."
from .config import TrainConfig
from .loop import Trainer, train, launch

__all__ = ['TrainConfig', 'Trainer', 'train', 'launch']
