"Pre-training: the run's configuration (`asg.train.config`), checkpoints (`asg.train.checkpoint`), the optimizer step (`asg.train.step`), the loop (`asg.train.loop`) and its distributed checks (`asg.train.distributed`); `python -m asg.train` / `torchrun -m asg.train`."
from .config import TrainConfig
from .step import TrainStep
from .loop import Trainer, train, launch

__all__ = ['TrainConfig', 'TrainStep', 'Trainer', 'train', 'launch']
