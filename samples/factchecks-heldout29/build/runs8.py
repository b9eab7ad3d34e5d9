import json,re,sys
from pathlib import Path
sys.path.insert(0,'.')
import check
sib = check.sibling_text()
w = re.findall(r"\w+", sib)
runs = {tuple(w[i:i+8]) for i in range(len(w)-7)}
for line in open('articles.jsonl', encoding='utf-8'):
    a = json.loads(line)
    for r in sorted(check.shingles(a['title']+"\n\n"+a['text'], 8) & runs):
        print(a['id'], ' '.join(r))
for line in open('memory/reviews.jsonl', encoding='utf-8'):
    c = json.loads(line)
    for r in check.shingles(c['claimReviewed'], 8) & runs: print('review', ' '.join(r))
