"""solieu.reconcile"""
