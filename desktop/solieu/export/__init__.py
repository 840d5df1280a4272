"""solieu.export"""
