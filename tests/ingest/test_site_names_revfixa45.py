"""Site names against their host (review 45 #3): transliterated and umlaut-folded names are kept, generic words tie
no section to a host. The names are outlets' names (names may appear); no text of theirs."""

from __future__ import annotations

from newsloupe.ingest.html import names_site, site_outlet


def test_non_latin_and_umlaut_names_are_kept() -> None:
    assert site_outlet("Коммерсантъ", None, "https://www.kommersant.ru/doc/1") == "Коммерсантъ"
    assert site_outlet("ВЗГЛЯД", None, "https://vz.ru/news/1") == "ВЗГЛЯД"
    assert site_outlet("Детали", "Коммерсантъ", "https://www.kommersant.ru/doc/1") == "Коммерсантъ"
    assert site_outlet("Süddeutsche Zeitung", None, "https://www.sueddeutsche.de/a") == "Süddeutsche Zeitung"
    assert site_outlet("RT", None, "https://www.rt.com/a") == "RT"
    assert site_outlet("東京新聞", None, "https://www.tokyo-np.co.jp/a") == "東京新聞"


def test_generic_words_tie_no_section_to_a_host() -> None:
    assert not names_site("World News", "https://www.nbcnews.com/a")
    assert names_site("NBC News", "https://www.nbcnews.com/a")
    assert site_outlet("The Big Story", None, "https://www.theguardian.com/a") != "The Big Story"
    assert site_outlet("Local News", "The Detroit News", "https://www.detroitnews.com/a") == "The Detroit News"
    assert names_site("The Times", "https://www.thetimes.co.uk/a")
