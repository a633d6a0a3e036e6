#!/usr/bin/env python3
"""Build passages.jsonl from sample_passages.json and labels_passages.txt (../holdout2's h2.build_passages_jsonl)."""
from h5 import build_passages_jsonl

if __name__ == '__main__':
    print('problems:', build_passages_jsonl('h5p-'))
