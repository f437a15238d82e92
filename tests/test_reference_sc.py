"""Year boundaries of the Security Council resolution table, checked against adoption dates.

Each pair is the last resolution of one year and the first of the next, with the dates the
Council's records give for them; a bare number is given the year it was adopted in.
"""
import pytest

from unhrkg.reference import sc_year

# (number, year adopted): the last of a year, then the first of the next
BOUNDARIES = [
    (325, 1973), (344, 1973),      # 26 Jan 1973 (meetings in Panama); 15 Dec 1973 (Geneva conference)
    (799, 1992), (800, 1993),      # 18 Dec 1992; 8 Jan 1993 (admission of Slovakia)
    (892, 1993), (893, 1994),      # 22 Dec 1993 (Georgia); 6 Jan 1994 (Rwanda)
    (1454, 2002), (1455, 2003),    # 30 Dec 2002 (Iraq); 17 Jan 2003 (Al-Qaida sanctions)
    (1859, 2008), (1860, 2009),    # 22 Dec 2008 (Iraq); 8 Jan 2009 (Gaza)
    (1907, 2009), (1908, 2010),    # 23 Dec 2009 (Eritrea sanctions); 19 Jan 2010 (Haiti)
    (2132, 2013), (2133, 2014),    # 24 Dec 2013 (South Sudan); 27 Jan 2014 (kidnap ransoms)
    (2451, 2018), (2452, 2019),    # 21 Dec 2018 (Hodeidah); 16 Jan 2019 (UNMHA)
    (2767, 2024), (2768, 2025),    # 27 Dec 2024 (AUSSOM); 15 Jan 2025 (Red Sea reporting)
]


@pytest.mark.parametrize(("number", "year"), BOUNDARIES)
def test_a_bare_number_gets_the_year_it_was_adopted_in(number: int, year: int) -> None:
    assert sc_year(number) == year


def test_no_year_where_the_table_does_not_bound_it() -> None:
    # 324 (12 Dec 1972) falls after the 1968 row with no 1969-1972 rows; 345 (17 Jan 1974,
    # the first of 1974) opens the last row before 1990, whose end the table does not give
    assert (sc_year(324), sc_year(345)) == (None, None)
