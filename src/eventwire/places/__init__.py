"""Places, one home for the actors and the time/place stage.

- countries.py: the one country table (actor country slots and the gazetteer's country places);
- gazetteer.py: the offline index of countries, regions and cities (name -> candidate places);
- resolver.py: names and sentences -> Location (where an event happened, the dateline);
- origin.py: a place named in an actor phrase ("Kyiv police", "Kano State") -> its country.
"""
