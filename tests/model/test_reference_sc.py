"""Year boundaries of the Security Council resolution table, checked against adoption dates.

Each pair is the last resolution of one year and the first of the next, with the dates the
Council's records give for them; a bare number is given the year it was adopted in. Where only
one of the two dates was found, the other resolution's year is the one the UniteIdeas
resolution-year list gives (marked "year only").
"""
import pytest

from unhrkg.model.reference import sc_year

# (number, year adopted): the last of a year, then the first of the next
BOUNDARIES = [
    (1, 1946), (15, 1946),         # 25 Jan 1946 (the first); 19 Dec 1946
    (16, 1947),                    # 10 Jan 1947
    (37, 1947), (38, 1948),        # 9 Dec 1947; 17 Jan 1948
    (66, 1948), (67, 1949),        # 29 Dec 1948; 28 Jan 1949
    (78, 1949), (79, 1950),        # year only; 17 Jan 1950
    (89, 1950), (90, 1951),        # 17 Nov 1950; 31 Jan 1951
    (96, 1951), (97, 1952),        # 10 Nov 1951; year only (98 is of 23 Dec 1952)
    (98, 1952), (99, 1953),        # 23 Dec 1952; 12 Aug 1953
    (103, 1953), (104, 1954),      # 3 Dec 1953; 20 Jun 1954
    (105, 1954), (106, 1955),      # 28 Jul 1954; 29 Mar 1955
    (110, 1955), (111, 1956),      # 16 Dec 1955; 19 Jan 1956
    (121, 1956), (122, 1957),      # 12 Dec 1956; 24 Jan 1957
    (126, 1957), (127, 1958),      # 2 Dec 1957; 22 Jan 1958
    (131, 1958), (132, 1959),      # 9 Dec 1958; 7 Sep 1959, the only resolution of 1959
    (133, 1960),                   # 26 Jan 1960
    (160, 1960), (161, 1961),      # 7 Oct 1960; 21 Feb 1961
    (170, 1961), (171, 1962),      # 14 Dec 1961; 9 Apr 1962
    (177, 1962), (178, 1963),      # 15 Oct 1962; 24 Apr 1963
    (185, 1963), (186, 1964),      # year only; 4 Mar 1964 (Cyprus force)
    (199, 1964), (200, 1965),      # 30 Dec 1964; 15 Mar 1965
    (219, 1965), (220, 1966),      # 17 Dec 1965; 16 Mar 1966
    (242, 1967),                   # 22 Nov 1967
    (262, 1968), (263, 1969),      # 31 Dec 1968; 24 Jan 1969
    (275, 1969), (276, 1970),      # 22 Dec 1969; 30 Jan 1970
    (291, 1970), (292, 1971),      # year only; 10 Feb 1971
    (307, 1971), (308, 1972),      # 21 Dec 1971; 19 Jan 1972
    (324, 1972),                   # 12 Dec 1972
    (325, 1973), (344, 1973),      # 26 Jan 1973 (meetings in Panama); 15 Dec 1973 (Geneva conference)
    (366, 1974), (367, 1975),      # year only; 12 Mar 1975
    (384, 1975), (385, 1976),      # 22 Dec 1975; 30 Jan 1976
    (402, 1976), (403, 1977),      # 22 Dec 1976; 14 Jan 1977
    (422, 1977), (423, 1978),      # year only; 14 Mar 1978, the first of 1978
    (425, 1978),                   # 19 Mar 1978 (Lebanon)
    (443, 1978), (444, 1979),      # 14 Dec 1978; 19 Jan 1979
    (461, 1979), (462, 1980),      # 31 Dec 1979; 9 Jan 1980
    (484, 1980), (485, 1981),      # 19 Dec 1980; year only
    (499, 1981),                   # 21 Dec 1981 (500, of 28 Jan 1982, opens a year without an end: below)
    (546, 1984), (550, 1984),      # 6 Jan 1984; 11 May 1984 (Cyprus)
    (559, 1984), (560, 1985),      # year only; 12 Mar 1985
    (580, 1985), (581, 1986),      # 30 Dec 1985; 13 Feb 1986
    (593, 1986), (594, 1987),      # year only; 15 Jan 1987, at the Council's first meeting of 1987
    (606, 1987), (607, 1988),      # 23 Dec 1987; 5 Jan 1988
    (626, 1988), (627, 1989),      # 20 Dec 1988; 9 Jan 1989
    (646, 1989), (647, 1990),      # 14 Dec 1989 (Cyprus force); year only (648 is of 31 Jan 1990)
    (687, 1991),                   # 3 Apr 1991 (Iraq-Kuwait cease-fire)
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


def test_1982_and_1983_are_bounded_by_1983_s_row() -> None:
    # 1983's row (529) was the last added (see data/reference/README.md): 1982's numbers (500 of 28 Jan 1982 on) and
    # 1983's (to 545 of 20 Dec 1983) get their years; before the row they got none
    assert (sc_year(500), sc_year(528), sc_year(529), sc_year(545)) == (1982, 1982, 1983, 1983)
    assert (sc_year(499), sc_year(546)) == (1981, 1984)
