"""Time expressions: find them in Arabic text and resolve them to ISO 8601 values.

`extract.find_times` is the entry point (the `TimeStage` is a thin wrapper over it);
`event_date.resolve_event_date` dates an event from its sentence; `evaluate` scores the
gold set in `eval/times/`; `calendar` converts Hijri dates (Umm al-Qura tables).
See docs/times.md.
"""
