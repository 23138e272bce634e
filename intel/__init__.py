"""Prospect Intel core: settings, data model, ingestion and the jobs framework."""
