#!/usr/bin/env python3
"""Verbatim report text + publication date from the three sources (README: 'Text extraction')."""
import re, html, subprocess, datetime

MIRRORS = {'duynht/financial-news-dataset': '/work/.mirror/duynht+financial-news-dataset/repo',
           'hephaex/Baram': '/work/.mirror/hephaex+Baram/repo',
           'loki86/ksr_zadanie1V2': '/work/.mirror/loki86+ksr_zadanie1V2/repo'}
COMMITS = {'duynht/financial-news-dataset': 'cf56327f683ab2ba128a1e9954dee8f36028a7a7',
           'hephaex/Baram': '84edb470c4d89a44d3376cf5d18747318da45211',
           'loki86/ksr_zadanie1V2': 'd16457fd9d6d2b623fffc163746092b89a6e2fef'}

def show(repo, path):
    return subprocess.run(['git', '-C', MIRRORS[repo], 'show', f'{COMMITS[repo]}:{path}'],
                          capture_output=True, check=True).stdout

def clean(s):
    s = re.sub(r'<[^>]+>', ' ', s)
    s = html.unescape(s)
    return ' '.join(s.split())

def reuters2006(path):
    lines = show('duynht/financial-news-dataset', path).decode('utf-8').split('\n')
    date_line = next(l for l in lines if l.startswith('-- ') and re.search(r'\d{4} \d', l))
    m = re.search(r'(\w{3}) (\d{1,2}), (\d{4})', date_line)
    header_date = datetime.datetime.strptime(' '.join(m.groups()), '%b %d %Y').date().isoformat()
    folder = re.search(r'/(\d{4})(\d\d)(\d\d)/', path).groups()
    published = '-'.join(folder)   # folder date = local market date (header line is New York time)
    headline = lines[0][3:].strip()
    return clean(' '.join(l for l in lines if not l.startswith('-- '))), published, headline, header_date

def baram(path):
    raw = show('hephaex/Baram', path).decode('utf-8')
    published = re.search(r'published_at: (\d{4}-\d\d-\d\d)', raw).group(1)
    headline = html.unescape(re.search(r'^title: "(.*)"$', raw, re.M).group(1))
    body = raw.split('\n---\n')[2]                 # front matter | title block | body | crawl footer
    body = clean(body)
    # drop the desk slug + headline glued before the dateline, and the reporter e-mail / (END)
    m = re.search(r'SEOUL, \w+\.? \d+ \(Yonhap\) --', body)
    if m:
        body = body[m.start():]
    elif clean(headline) in body:                  # flashes: desk slug glued to the headline, which is the text
        body = body[body.index(clean(headline)):]
    body = re.sub(r'\s*\S+@yna\.co\.kr\(END\)\s*$', '', body)
    body = re.sub(r'\(END\)\s*$', '', body).strip()
    return body, published, headline

def sgm(path, newid):
    raw = show('loki86/ksr_zadanie1V2', path).decode('latin-1')
    m = re.search(r'<REUTERS[^>]*NEWID="%s"[^>]*>(.*?)</REUTERS>' % newid, raw, re.S)
    art = m.group(1)
    d = re.search(r'<DATE>\s*(\d+)-(\w{3})-(\d{4})', art)
    published = datetime.datetime.strptime(' '.join(d.groups()), '%d %b %Y').date().isoformat()
    headline = clean(re.search(r'<TITLE>(.*?)</TITLE>', art, re.S).group(1))
    body = re.search(r'<BODY>(.*?)</BODY>', art, re.S).group(1)
    body = clean(body.replace('&#3;', ''))
    body = re.sub(r'\s*REUTER$', '', body, flags=re.I)
    return body, published, headline
