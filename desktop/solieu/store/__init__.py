"""solieu.store"""
