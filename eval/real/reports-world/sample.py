#!/usr/bin/env python3
"""Sampling rule for eval/real/reports-world (see README.md). Prints the chosen items; reads only
file names, headlines and lengths from the local mirrors, never any extractor output."""
import re, subprocess, json, html, sys

def git_show(repo, rev, path):
    return subprocess.run(['git', '-C', repo, 'show', f'{rev}:{path}'], capture_output=True).stdout

# 1. ReutersNews106521, 2006-2009 folders only, five strata, five evenly spaced items each.
R = '/work/.mirror/duynht+financial-news-dataset/repo'
files = subprocess.run(['git', '-C', R, 'ls-tree', '-r', '--name-only', 'HEAD'], capture_output=True, text=True).stdout.split('\n')
files = sorted(f for f in files if re.match(r'ReutersNews106521/200[6-9]\d{4}/', f))
STRATA = {
    'oil':    r'^us-markets-(oil|energy-brent|energy-nymex)-id',
    'forex':  r'^us-markets-(forex|dollar|yen)-id',
    'metals': r'^us-markets-(precious|gold|metals|platinum|commodities)-id',
    'europe': r'^us-markets-(europe-stocks|britain-stocks|europe-shares)',
    'asia':   r'^us-markets-(japan-stocks|asia|china-stocks|korea-stocks|hongkong-stocks)-id',
}
def body_len(raw):
    lines = raw.decode('utf-8', 'replace').split('\n')
    return lines[0][3:].strip(), len(' '.join(' '.join(l for l in lines if not l.startswith('-- ')).split()))
picks = []
for name, rx in STRATA.items():
    seen, items = set(), []
    for f in files:
        if not re.search(rx, f.split('/')[-1]):
            continue
        head, n = body_len(git_show(R, 'HEAD', f))
        if n == 0 or head in seen:      # empty stubs and re-filed duplicates (same headline) dropped
            continue
        seen.add(head)
        items.append((f, head, n))
    N = len(items)
    for i in range(5):
        f, head, n = items[int((i + 0.5) * N / 5)]
        picks.append(('reuters2006', name, f, head, n))

# 2. Yonhap / Korean English market reports in hephaex/Baram at 84edb470 (see README for the rule).
# 3. Reuters-21578 session reports: every 3rd of the qualifying list in NEWID order (see README).
for p in picks:
    print('\t'.join(map(str, p)))

BARAM = ('hephaex/Baram', '84edb470c4d89a44d3376cf5d18747318da45211')
BARAM_PICKS = [  # rule in README: 7 Yonhap narrative reports (first version per story), 3 other publishers, 3 flashes
    '001_0015816779_experts_predict_us_dollar-won_at_1420_level_on_ann.md',
    '001_0015820263_seoul_shares_down_late_tue_morning_despite_chip_ga.md',
    '001_0015821232_kospi_closes_2025_with_over_75_pct_return_best_sin.md',
    '001_0015825188_seoul_shares_open_higher_in_first_trading_session.md',
    '001_0015825505_seoul_shares_rise_over_1_pct_late_fri_morning_on_c.md',
    '001_0015826202_s_koreas_kospi_surges_over_2_pct_to_hit_record_hig.md',
    '001_0015831531_seoul_shares_narrow_losses_late_tue_morning_on_ret.md',
    '009_0005613802_korean_stocks_down_on_last_trading_day_amid_slump.md',
    '009_0005615330_kospi_hits_all-time_high_on_first_trading_day_of_2.md',
    '640_0000082378_kospi_finishes_the_year_strong.md',
    '001_0015818916_dollar_quoted_at_14298_won_dn_from_14403_won_as_of.md',
    '001_0015818923_kospi_422056_up_9088_points_close.md',
    '001_0015819678_dollar_opens_at_14335_won_up_from_14298_won.md',
]
# Reuters-21578: the 36 session reports qualifying under the README rule, in NEWID order; every 3rd from the first.
SGM_QUALIFYING = [1306, 12798, 13319, 13331, 13347, 13350, 13379, 13396, 13406, 13419, 13420, 13421, 13424, 13564,
                  13588, 13670, 13733, 14038, 14043, 14063, 14279, 14302, 14342, 14357, 14654, 14698, 14762, 14773,
                  14780, 15625, 16009, 16068, 16116, 19038, 19588, 20046]
SGM_PICKS = SGM_QUALIFYING[::3]
if __name__ == '__main__':
    print('baram', len(BARAM_PICKS), 'sgm', SGM_PICKS)
