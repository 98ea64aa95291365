"""Readers (files, folders, stdin, JSONL, HTML) and writers (json, jsonl, csv, table)."""
