import pytest
from django.core.management import CommandError, call_command

from goyong.employers import brn


def _check_digit_by_hand(nine: str) -> int:
    # 국세청 rule written out independently: weights 1,3,7,1,3,7,1,3,5, plus ⌊9th×5/10⌋
    d = [int(c) for c in nine]
    total = (d[0] * 1 + d[1] * 3 + d[2] * 7 + d[3] * 1 + d[4] * 3 + d[5] * 7 + d[6] * 1
             + d[7] * 3 + d[8] * 5 + (d[8] * 5) // 10)
    return (10 - total % 10) % 10


@pytest.mark.parametrize("number", ["124-81-00998", "1248100998", "134-86-72683", "220-81-62517"])
def test_known_numbers_are_valid(number):
    # given published numbers (삼성전자 124-81-00998, python-stdnum's example 134-86-72683)
    # when
    result = brn.check(number)
    # then
    assert result.valid is True
    assert result.message == ""


def test_check_digit_matches_a_hand_computation_for_many_numbers():
    # given 2,000 nine-digit prefixes
    prefixes = [f"{n:09d}" for n in range(100_000_000, 100_000_000 + 2_000_000, 1_000)]
    # when / then
    assert [brn.check_digit(p) for p in prefixes] == [_check_digit_by_hand(p) for p in prefixes]


def test_wrong_check_digit_names_the_tenth_digit_and_the_expected_value():
    # given 124-81-00998 with its last digit changed to 9
    # when
    result = brn.check("124-81-00999")
    # then
    assert result.valid is False
    assert result.position == 10
    assert result.expected_check_digit == 8
    assert result.message == ("사업자등록번호의 10번째 자리(검증 숫자)가 맞지 않습니다: 앞 9자리로 "
                              "계산하면 8이어야 하는데 9입니다. 10자리 번호를 다시 확인하세요.")


def test_a_letter_is_reported_with_its_position():
    result = brn.check("124-8I-00998")
    assert result.valid is False
    assert result.position == 5
    assert "5번째 자리 'I'" in result.message


def test_wrong_length_says_how_many_digits_were_given():
    result = brn.check("124-81-0099")
    assert result.valid is False
    assert "10자리여야 하는데 9자리입니다" in result.message


def test_make_valid_appends_the_check_digit():
    assert brn.make_valid("124810099") == "1248100998"
    assert brn.format_brn("1248100998") == "124-81-00998"


def test_validate_brn_command_exits_zero_for_a_valid_number(capsys):
    # when
    call_command("employers", "validate-brn", "124-81-00998")
    # then
    assert "124-81-00998은(는) 올바른 사업자등록번호입니다." in capsys.readouterr().out


def test_validate_brn_command_fails_with_the_digit_message():
    with pytest.raises(CommandError, match="10번째 자리"):
        call_command("employers", "validate-brn", "124-81-00999")
