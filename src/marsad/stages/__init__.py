"""Pipeline stages: each file holds one stage class with one job."""
