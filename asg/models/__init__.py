"ASG's network: encoders (`asg.models.encoders`), heads (`asg.models.heads`), the model (`asg.models.asg`), loading, random twins and offline builds (`asg.models.build`), and released weights converted (`asg.models.convert`)."
from .asg import ASGConfig, ASGModel

__all__ = ['ASGConfig', 'ASGModel']
