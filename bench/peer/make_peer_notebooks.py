"""Writes the pandas + Altair peer notebooks of bench/notebooks.bench.mjs.

Each peer does the same analysis as the toolkit's notebook of the same number, the
way a Python user would: pandas DataFrames shown as HTML tables (the last expression
of a cell), Altair charts (vega-lite) for the same charts, numpy for the regressions.
Run: /usr/bin/python3 bench/peer/make_peer_notebooks.py (rewrites bench/peer/*.ipynb).
"""
import os
import nbformat as nbf

HERE = os.path.dirname(os.path.abspath(__file__))

COMMON = """import json, math, warnings
warnings.simplefilter("ignore", FutureWarning)  # Debian 12: Altair 4.2 calls pandas iteritems
import numpy as np
import pandas as pd
import altair as alt

ROOT = '../..'
facts = json.load(open(f'{ROOT}/data/articles/000_fbcb48a8abd69ce1.facts.json'))
text = open(f'{ROOT}/seeds/000_fbcb48a8abd69ce1.txt', encoding='utf-8').read()
source = f"Source: {facts['meta']['source']}, {facts['meta']['published']}"
"""

NB01 = [
    COMMON,
    """moves = pd.DataFrame([f for f in facts['facts'] if f['kind'] == 'price_move'])
moves['quote_text'] = moves['quote'].map(lambda q: q['text'])
moves['quote_start'] = moves['quote'].map(lambda q: q['start'])
moves[['id', 'name', 'ticker', 'changePct', 'period', 'date', 'quote_text', 'quote_start']]""",
    """dates = pd.DataFrame([f for f in facts['facts'] if f['kind'] == 'date'])
dates""",
    """stock, market = moves.iloc[0], moves.iloc[1]
relative = pd.DataFrame([{
    'stock': stock['name'], 'stock_change_pct': stock['changePct'],
    'benchmark': market['name'], 'benchmark_change_pct': market['changePct'],
    'excess_pp': round(stock['changePct'] - market['changePct'], 12),
    'relative_pct': ((1 + stock['changePct'] / 100) / (1 + market['changePct'] / 100) - 1) * 100,
    'multiple': stock['changePct'] / market['changePct'], 'date': stock['date'],
}])
relative""",
    """bars = pd.DataFrame({'series': [stock['name'], market['name']], 'change_pct': [stock['changePct'], market['changePct']]})
alt.Chart(bars, title=alt.TitleParams('Samsung Electronics vs KOSPI on 2019-08-20', subtitle=source)).mark_bar().encode(
    x=alt.X('series:N', title=None), y=alt.Y('change_pct:Q', title='Change (%)'))""",
    """betas = np.round(np.arange(0.5, 1.51, 0.1), 1)
beta = pd.DataFrame({'beta': betas, 'abnormal_pct': stock['changePct'] - betas * market['changePct']})
beta""",
    """alt.Chart(beta, title=alt.TitleParams('Abnormal return by assumed beta', subtitle=source)).mark_line(point=True).encode(
    x=alt.X('beta:Q', title='Assumed beta'), y=alt.Y('abnormal_pct:Q', title='Abnormal return (%)'))""",
    """sentences = [{'fact': m['id'], 'changePct': m['changePct'], 'quote': m['quote']['text'],
              'sentence': text[text.rfind('.', 0, m['quote']['start']) + 1: text.find('.', m['quote']['end']) + 1].strip()}
             for _, m in moves.iterrows()]
pd.DataFrame(sentences)""",
]

NB02 = [
    COMMON,
    """conv = next(f for f in facts['facts'] if f['kind'] == 'conversion')
krw, usd = conv['from']['value'], conv['to']['value']
rate = krw / usd
pd.DataFrame([{'figure': 'stated amount', 'value': f'KRW {krw:,.0f}'}, {'figure': 'stated conversion', 'value': f'USD {usd:,.2f}'},
              {'figure': 'implied rate', 'value': f'{rate:,.2f} KRW per USD'}, {'figure': 'inverse', 'value': f'{1 / rate:.8f} USD per KRW'}])""",
    """alt.Chart(pd.DataFrame({'currency': ['KRW', 'USD'], 'value': [krw, usd]}), title=alt.TitleParams('1 trillion won in dollars', subtitle=source)).mark_bar().encode(
    x='currency:N', y=alt.Y('value:Q', scale=alt.Scale(type='log')))""",
    """years = list(range(2019, 2029))
part = krw / len(years)
spread = pd.DataFrame({'year': years, 'start': ['2019-08-20'] + [f'{y}-01-01' for y in years[1:]], 'end': [f'{y}-12-31' for y in years],
                       'share': [1 / len(years)] * len(years), 'from_value': [part] * len(years), 'to_value': [round(part / rate, 2)] * len(years)})
spread""",
    """alt.Chart(spread, title=alt.TitleParams('Investment per year', subtitle=source)).mark_bar().encode(x='year:O', y=alt.Y('from_value:Q', title='KRW'))""",
    """start, end = pd.Timestamp('2019-08-20'), pd.Timestamp('2028-12-31')
total_days = (end - start).days + 1
rows = []
for y in years:
    a, b = max(start, pd.Timestamp(f'{y}-01-01')), min(end, pd.Timestamp(f'{y}-12-31'))
    share = ((b - a).days + 1) / total_days
    rows.append({'year': y, 'days': f'{a.date()} … {b.date()}', 'sharePct': share * 100, 'krw': krw * share, 'usd': usd * share})
pd.DataFrame(rows)""",
    """scenarios = pd.DataFrame({'scenario': ['strong won', 'mid', 'weak won', 'very weak won', 'article'], 'rateKrwPerUsd': [1100, 1150, 1250, 1350, rate]})
scenarios['usd'] = krw / scenarios['rateKrwPerUsd']
scenarios""",
    """alt.Chart(scenarios, title=alt.TitleParams('1 trillion won in US dollars by KRW/USD rate', subtitle='Rates: user-supplied scenarios')).mark_bar().encode(
    x=alt.X('rateKrwPerUsd:Q'), y=alt.Y('usd:Q', title='USD'), color='scenario:N')""",
]

NB03 = [
    COMMON,
    """aapl = pd.read_csv(f'{ROOT}/node_modules/@observablehq/sample-datasets/aapl.csv', parse_dates=['Date']).set_index('Date')['Adj Close'].rename('AAPL')
sp500 = pd.read_csv(f'{ROOT}/node_modules/vega-datasets/data/sp500-2000.csv', parse_dates=['date']).set_index('date')['adjclose'].rename('SP500')
prices = pd.concat([aapl, sp500], axis=1, join='inner')
aapl.to_frame()""",
    """EVENTS = ['2014-04-24', '2015-07-22', '2016-04-27', '2017-05-03', '2018-02-02']
indexed = prices.loc['2014-01-02':] / prices.loc['2014-01-02':].iloc[0] * 100
long = indexed.reset_index(names='date').melt('date', var_name='series', value_name='index')
lines = alt.Chart(long, title=alt.TitleParams('AAPL vs S&P 500', subtitle='Source: @observablehq/sample-datasets, vega-datasets')).mark_line().encode(x='date:T', y='index:Q', color='series:N')
rules = alt.Chart(pd.DataFrame({'date': pd.to_datetime(EVENTS)})).mark_rule().encode(x='date:T')
lines + rules""",
    """returns = prices.pct_change().dropna()
rows, ars = [], []
for event in EVENTS:
    day0 = returns.index.searchsorted(pd.Timestamp(event))
    est = returns.iloc[max(0, day0 - 260): day0 - 10]
    X = np.column_stack([np.ones(len(est)), est['SP500']])
    (alpha, beta), *_ = np.linalg.lstsq(X, est['AAPL'], rcond=None)
    resid = est['AAPL'] - X @ np.array([alpha, beta])
    sigma = np.sqrt(resid @ resid / (len(est) - 2))
    win = returns.iloc[day0 - 1: day0 + 2]
    ar = win['AAPL'] - (alpha + beta * win['SP500'])
    car = ar.sum()
    r2 = 1 - resid.var() / est['AAPL'].var()
    rows.append({'id': event, 'alpha': alpha, 'beta': beta, 'r2': r2, 'n': len(est), 'car': car, 't_car': car / (sigma * math.sqrt(3))})
    for k, (date, value) in enumerate(ar.items()):
        ars.append({'id': event, 'day': k - 1, 'date': str(date.date()), 'return': win['AAPL'].iloc[k], 'expected_return': win['AAPL'].iloc[k] - value, 'ar': value, 't_ar': value / sigma})
events = pd.DataFrame(rows)
events.round(4)""",
    """ar = pd.DataFrame(ars)
ar.round(4)""",
    """largest = events.loc[events['car'].abs().idxmax(), 'id']
one = ar[ar['id'] == largest].assign(car=lambda d: d['ar'].cumsum())
alt.Chart(one, title=alt.TitleParams(f'AAPL abnormal returns around {largest}', subtitle='Source: @observablehq/sample-datasets, vega-datasets')).mark_bar().encode(x='day:O', y='ar:Q') + \\
    alt.Chart(one).mark_line(color='black').encode(x='day:O', y='car:Q')""",
    """aar = ar.groupby('day')['ar'].agg(['mean', 'count']).rename(columns={'mean': 'aar', 'count': 'n'})
aar['caar'] = aar['aar'].cumsum()
cars = events['car']
t = cars.mean() / (cars.std(ddof=1) / math.sqrt(len(cars)))
display(aar.round(4))
pd.DataFrame([{'test': 'cross_sectional_t', 'statistic': t, 'n': len(cars)}])""",
    """alt.Chart(aar.reset_index(), title=alt.TitleParams('CAAR, Apple earnings releases', subtitle='Source: @observablehq/sample-datasets, vega-datasets')).mark_line(point=True).encode(x='day:O', y='caar:Q')""",
]

for name, cells in [('01-article-reaction', NB01), ('02-won-dollar', NB02), ('03-event-study', NB03)]:
    nb = nbf.v4.new_notebook()
    nb.metadata['kernelspec'] = {'name': 'python3', 'display_name': 'Python 3', 'language': 'python'}
    nb.cells = [nbf.v4.new_markdown_cell(f'# pandas + Altair peer of notebooks/{name}.ipynb (bench only)')] + [nbf.v4.new_code_cell(c) for c in cells]
    nbf.write(nb, os.path.join(HERE, f'{name}.peer.ipynb'))
