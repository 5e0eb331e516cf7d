"""Employer quick scan "zorgvriendelijk werkgeverschap": the questionnaire as versioned content, scoring, report.

Pure Python (no Django): `content` loads a questionnaire version, `scoring` turns answers into theme scores, levels,
strengths, improvements and flags, `benchmark` compares with other submissions, `charts` draws the SVG per theme.
The Django app `werkzorg.web.scan` stores the content and the submissions.
"""
