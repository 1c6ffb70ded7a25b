"""Analysis of journeys (no Qt): the automated review of METHOD step 7."""

from journey_editor.analysis.review import Finding, Thresholds, review

__all__ = ["Finding", "Thresholds", "review"]
