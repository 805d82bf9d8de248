"""The starter curriculum: original Minbar modules in Arabic and English, loaded by load_starter_curriculum."""
