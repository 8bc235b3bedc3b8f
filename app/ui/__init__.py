"""The window: panels that show and edit what the Qt-free core decides."""
