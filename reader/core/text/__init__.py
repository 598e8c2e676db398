"""Reading text: decoding files, cleaning, script views (OpenCC), folding, offset maps."""
