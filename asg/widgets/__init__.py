"Widgets: the report explorer (`asg.widgets.report`), the training dashboard (`asg.widgets.dashboard`), the corpus browser (`asg.widgets.corpus`) and the checkpoint explorer (`asg.widgets.checkpoint`), each one call in JupyterLab."
from .report import report_explorer, ReportExplorer
from .dashboard import training_dashboard, TrainingDashboard
from .corpus import corpus_browser, CorpusBrowser
from .checkpoint import checkpoint_explorer, CheckpointExplorer
__all__ = ['report_explorer', 'ReportExplorer', 'training_dashboard', 'TrainingDashboard', 'corpus_browser', 'CorpusBrowser',
           'checkpoint_explorer', 'CheckpointExplorer']
