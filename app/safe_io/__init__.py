"""Input and output at Rapport's edges, bounded and safe: files read with a size cap and
only when they are regular files (`reading`), files written whole or not at all
(`writing`), and text made safe for a terminal or the clipboard (`terminal`).
"""
