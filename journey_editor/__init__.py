"""Journey Editor: an offline desktop editor for customer journey maps."""
