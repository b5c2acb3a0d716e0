"""One module per `python -m pipeline` command."""
