"""Score geocoding against a gold set of place mentions: country accuracy and Acc@161km.

The gold file (`eval/geo/*.gold.jsonl`) holds, per mention, the SaudiNewsNet article it is in
(`day`, `index`), its offsets and surface form, and the true place (geonameid when GeoNames has
it, name, ISO alpha-3 country, lat/lon; lat/lon are null for whole countries). Article text is
read from the SaudiNewsNet zips at evaluation time and never stored with the gold.

Each article becomes a `Document` whose entities are its gold mentions (typed GPE), run through
`LinkStage` and `GeocodeStage`: this measures geocoding given the mentions, with the article's
other mentions as country context, independent of NER recall. `--pipeline` runs segmentation
and NER first, so the context is the system's own entities (and NER recall is reported).

    python -m marsad.kb.geo_eval --gold eval/geo/saudinewsnet.gold.jsonl --news ../shared/data/news/saudinewsnet
"""

from __future__ import annotations

import argparse
import json
import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marsad.document import Document, Entity
from marsad.errors import UsageError
from marsad.evaluation import saudinewsnet
from marsad.kb.geo_build import haversine_km

ACC_KM = 161.0


@dataclass
class GeoScore:
    mentions: int = 0
    country_correct: int = 0
    with_coordinates: int = 0
    within_161km: int = 0
    errors_km: list[float] = field(default_factory=list)
    misses: list[dict[str, Any]] = field(default_factory=list)
    ner_found: int = 0  # with `pipeline`: gold mentions the NER found as places

    @property
    def country_accuracy(self) -> float:
        return self.country_correct / self.mentions if self.mentions else 0.0

    @property
    def acc_161(self) -> float:
        return self.within_161km / self.with_coordinates if self.with_coordinates else 0.0

    def summary(self) -> str:
        median = statistics.median(self.errors_km) if self.errors_km else float("nan")
        ner = f"  NER found {self.ner_found}/{self.mentions}" if self.ner_found else ""
        return (f"mentions {self.mentions}{ner}  country accuracy {self.country_accuracy:.3f} "
                f"({self.country_correct}/{self.mentions})  Acc@161km {self.acc_161:.3f} "
                f"({self.within_161km}/{self.with_coordinates})  median error {median:.1f} km")


def read_gold(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def load_articles(news_dir: Path, wanted: set[tuple[str, int]]) -> dict[tuple[str, int], dict[str, Any]]:
    """The SaudiNewsNet articles named by (day, index), read from `<news_dir>/<day>.zip`."""
    articles: dict[tuple[str, int], dict[str, Any]] = {}
    for day, index in wanted:
        articles[(day, index)] = saudinewsnet.article_record(news_dir, day, index)
    return articles


def evaluate(gold: list[dict[str, Any]], news_dir: Path, pipeline: bool = False) -> GeoScore:
    """Geocode every gold mention in its article and score it.

    With `pipeline`, the article first goes through segmentation and NER: the system's own
    entities give the country context, a gold mention covered by a system place entity is
    scored on that entity (`ner_found` counts them), the others are added as GPE entities.
    """
    from marsad.stages.geocode import GeocodeStage
    from marsad.stages.link import LinkStage

    by_article: dict[tuple[str, int], list[dict[str, Any]]] = defaultdict(list)
    for row in gold:
        by_article[(row["day"], row["index"])].append(row)
    articles = load_articles(news_dir, set(by_article))
    front = _front_stages() if pipeline else []
    link, geocode, score = LinkStage(), GeocodeStage(), GeoScore()
    for key, rows in sorted(by_article.items()):
        text = articles[key]["content"]
        doc = Document(text=text, published=key[0])
        for stage in front:
            stage(doc)
        scored: list[Entity] = []
        for n, row in enumerate(rows):
            if text[row["start"]:row["end"]] != row["surface"]:
                raise UsageError(f"gold offsets do not match the article {key}: {row['surface']}")
            system = next((e for e in doc.entities if e.type in ("LOC", "GPE", "FAC")
                           and e.start < row["end"] and row["start"] < e.end), None)
            if system is None:
                system = Entity(f"G{n}", row["surface"], "GPE", row["start"], row["end"])
                doc.entities.append(system)
            else:
                score.ner_found += 1
            scored.append(system)
        geocode(link(doc))
        for row, ent in zip(rows, scored, strict=True):
            _score_one(score, row, ent)
    return score


def _front_stages() -> list:
    from marsad.stages.ner import NerStage
    from marsad.stages.segment import SegmentStage
    from marsad.stages.validate import ValidateStage

    return [ValidateStage(), SegmentStage(), NerStage()]


def _score_one(score: GeoScore, row: dict[str, Any], ent: Entity) -> None:
    geo = ent.geo
    score.mentions += 1
    ok_country = geo is not None and geo.country == row["country"]
    score.country_correct += ok_country
    ok_distance = True
    if row.get("lat") is not None:
        score.with_coordinates += 1
        if geo is not None and geo.lat is not None and geo.lon is not None:
            km = haversine_km(geo.lat, geo.lon, row["lat"], row["lon"])
            score.errors_km.append(km)
            ok_distance = km <= ACC_KM
        else:
            ok_distance = False
        score.within_161km += ok_distance
    if not (ok_country and ok_distance):
        score.misses.append({"surface": row["surface"], "gold": row["name"], "gold_country": row["country"],
                             "got": geo.name if geo else None, "got_country": geo.country if geo else None})


def main(argv: list[str] | None = None) -> None:
    """Print the scores (and, with --misses, every wrong mention)."""
    repo = Path(__file__).resolve().parents[3]
    parser = argparse.ArgumentParser(prog="python -m marsad.kb.geo_eval", description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=repo / "eval" / "geo" / "saudinewsnet.gold.jsonl")
    parser.add_argument("--news", type=Path, default=repo.parent / "shared" / "data" / "news" / "saudinewsnet")
    parser.add_argument("--misses", action="store_true", help="list the mentions resolved wrongly")
    parser.add_argument("--pipeline", action="store_true",
                        help="run segmentation and NER first: system entities give the context")
    args = parser.parse_args(argv)
    score = evaluate(read_gold(args.gold), args.news, pipeline=args.pipeline)
    print(score.summary())
    if args.misses:
        for miss in score.misses:
            print(json.dumps(miss, ensure_ascii=False))


if __name__ == "__main__":
    main()
