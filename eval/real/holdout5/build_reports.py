#!/usr/bin/env python3
"""Build reports.jsonl from sample_reports.tsv and labels_reports.txt (../holdout2's h2.build_reports_jsonl)."""
from h5 import build_reports_jsonl

if __name__ == '__main__':
    print('problems:', build_reports_jsonl('h5r-'))
