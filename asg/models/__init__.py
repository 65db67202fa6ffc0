"ASG's network: encoders (`asg.models.encoders`), heads (`asg.models.heads`) and the model (`asg.models.asg`)."
from .asg import ASGConfig, ASGModel

__all__ = ['ASGConfig', 'ASGModel']
