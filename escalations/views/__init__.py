"""The desk's pages. Each module is one page or one group of forms; views parse, call a
workflow function, render."""
