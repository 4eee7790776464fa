from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from goyong.core import demo_data


class Command(BaseCommand):
    help = "결정적 합성 데이터를 만듭니다. (Generate deterministic synthetic data.)"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--scale", type=int, default=1)
        parser.add_argument("--seed", type=int, default=demo_data.SEED)

    def handle(self, *args: Any, **options: Any) -> None:
        if not 1 <= options["scale"] <= 1000:
            raise CommandError(_("--scale은 1 이상 1000 이하의 정수로 지정하세요."))
        counts = demo_data.generate(scale=options["scale"], seed=options["seed"])
        for name, count in counts.items():
            self.stdout.write(f"{name}: {count}")
