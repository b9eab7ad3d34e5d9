from arts1 import A as A1
from arts2 import A as A2
from arts3 import A as A3
from arts4 import A as A4
from arts5 import A as A5
ARTICLES = A1 + A2 + A3 + A4 + A5
