"""Qt widgets and the threads behind them. Only this package creates widgets."""
