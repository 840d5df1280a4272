"""solieu.ui"""
