"""Safety checks behind one SafetyPolicy interface: term lists, recitation, a semantic classifier, image checks.

Layer: beside planner/engines/store. It never imports service, api or protocol: the service maps its verdicts to
Gemini's answers (service/generation/safety.py).
"""
