"""How news reports force posture (15x), material cooperation (06x) and aid (07x): lookups and coded sentences."""

from lexicon_support import CURRENT, code, codes, plover


def test_massed_activated_and_armed_forces_are_mobilisation(code_text):
    """Massing troops without a place, activating the guard, taking up arms and calling reserves are 154."""
    assert code("VERB", "mass", object="tank") == "154"
    assert code("VERB", "activate", object="guard") == "154"
    assert code("VERB", "take", particle="up", object="arm") == "154"
    assert code("VERB", "mobilise", object="reserve") == "154"
    assert code("VERB", "activate", object="plan") is None
    assert "MOBILIZE" in plover(code_text("Belarus massed troops and armour on its western frontier."))
    assert "MOBILIZE" in plover(code_text("Farmers in the valley took up arms against the cattle raiders."))
    assert "MOBILIZE" in plover(code_text("The governor of Texas activated the National Guard on Monday."))


def test_forces_put_on_standby_are_on_alert(code_text):
    """'were put on standby' (on read as a particle) raises alert status: 152 for troops, 151 for police."""
    assert code("VERB", "put", particle="on", object="troop") == "152"
    assert code("VERB", "put", particle="on", object="police") == "151"
    assert "152" in codes(code_text("Thousands of soldiers were put on standby as the unrest spread."), CURRENT)


def test_new_naval_and_heavy_assets_count_as_military_assets(code_text):
    """Flotillas, squadrons and weaponry moved or sent are a deployment (154)."""
    assert code("VERB", "send", object="flotilla", preps=["to"]) == "154"
    assert "MOBILIZE" in plover(code_text("Armenia moved heavy weaponry to the front line on Friday."))
    assert "MOBILIZE" in plover(code_text("Britain sent a naval squadron to the eastern Mediterranean."))


def test_arms_production_purchases_and_unveilings_are_force_posture(code_text):
    """Producing, buying or commissioning weapons adds to forces (154); unveiling them shows power (150)."""
    assert code("VERB", "produce", object="shell") == "154"
    assert code("VERB", "buy", object="submarine") == "154"
    assert code("VERB", "buy", object="tank", preps=["from"]) == "062"
    assert code("VERB", "commission", object="frigate") == "154"
    assert code("VERB", "unveil", object="missile") == "150"
    assert code("VERB", "unveil", object="smartphone") is None
    assert code("VERB", "acquire", object="carrier") is None
    assert "MOBILIZE" in plover(code_text("Seoul stepped up arms production after the border incident."))
    assert "MOBILIZE" in plover(code_text("Indonesia purchased 42 fighter jets to modernise its air force."))
    assert "MOBILIZE" in plover(code_text("The navy commissioned two new frigates on Thursday."))
    assert "MOBILIZE" not in plover(code_text("The carmaker produced a record number of vehicles in May."))


def test_traded_commodities_are_economic_cooperation(code_text):
    """Importing, exporting, buying, shipping or delivering commodities is 061; the partner stays the target."""
    assert code("VERB", "import", object="hydrogen") == "061"
    assert code("VERB", "export", object="rice") == "061"
    assert code("VERB", "deliver", object="lng", preps=["to"]) == "061"
    assert code("VERB", "buy", object="fertilizer", preps=["from"]) == "061"
    assert "COOPERATE" in plover(code_text("Japan began importing liquefied hydrogen from Australia this month."))
    events = code_text("Norway started delivering natural gas to Poland through the new pipeline.")
    assert any(e["cameo"] == "061" and e["target_actor"].startswith("POL") for e in events)


def test_stakes_and_joint_undertakings_are_economic_cooperation(code_text):
    """Buying a stake in a foreign asset and joint development or exploration are 061."""
    assert code("VERB", "acquire", object="stake", preps=["in"]) == "061"
    assert code("NOUN", "development", modifiers=["joint"]) == "061"
    assert code("NOUN", "exploration", modifiers=["joint"]) == "061"
    assert code("NOUN", "development") is None
    assert "COOPERATE" in plover(code_text("A Qatari fund bought a 25 percent stake in the Italian airport."))


def test_joint_investigations_and_handed_over_wanted_men_are_judicial_cooperation(code_text):
    """A joint investigation or probe is 063; handing a drug lord or warlord to another state is 063."""
    assert code("NOUN", "investigation", modifiers=["joint"]) == "063"
    assert code("VERB", "hand", particle="over", object="warlord", preps=["to"]) == "063"
    assert "COOPERATE" in plover(code_text("Peru handed over the drug lord to Colombian authorities on Monday."))
    assert "COOPERATE" in plover(code_text("Dutch and Belgian police launched a joint investigation into the smuggling ring."))


def test_delivered_transferred_and_deposited_money_is_economic_aid(code_text):
    """Money delivered, transferred or deposited in a central bank is 071; a delivered budget speech is not aid."""
    assert code("VERB", "deliver", object="million") == "071"
    assert code("VERB", "deposit", object="billion", preps=["in"]) == "071"
    assert code("VERB", "deliver", object="budget") is None
    assert "AID" in plover(code_text("The UAE deposited $2 billion in Egypt's central bank to support the pound."))
    assert "AID" in plover(code_text("Kuwait transferred $500 million to shore up Jordan's finances."))


def test_weapons_handed_out_and_systems_delivered_are_military_aid(code_text):
    """Distributing or handing out weapons and delivering air-defence systems or warships are 072."""
    assert code("VERB", "distribute", object="rifle") == "072"
    assert code("VERB", "deliver", object="warship", preps=["to"]) == "072"
    assert "AID" in plover(code_text("France delivered air defence systems to Romania last week."))


def test_rescues_and_housing_refugees_are_humanitarian_aid(code_text):
    """Pulling survivors from rubble, saving trapped people and housing refugees are 073."""
    assert code("VERB", "pull", object="survivor") == "073"
    assert code("VERB", "house", object="refugee") == "073"
    assert code("VERB", "save", object="money") is None
    assert "AID" in plover(code_text("Greek rescuers pulled two children alive from the rubble of the hotel."))
    assert "AID" in plover(code_text("Lebanon housed more than a million Syrian refugees."))
    assert "AID" not in plover(code_text("The company saved $3 million by closing the plant."))


def test_aid_ferried_or_trucked_in_and_troops_ferried_to_the_front(code_text):
    """Ferrying or trucking relief is aid (070); ferrying troops is a deployment (154)."""
    assert code("VERB", "ferry", object="food") == "070"
    assert code("VERB", "ferry", object="soldier") == "154"
    assert code("VERB", "ferry", object="tourist") is None
    assert "AID" in plover(code_text("Army boats ferried food and medicine to villages cut off by the floods."))


def test_aid_packages_signed_money_sent_and_aid_transferred_or_rushed_in(code_text):
    """Signing an aid package, sending money "in aid", the transfer of aid and truckloads of supplies
    rushed into a place are aid given (07x); a signed stimulus package and a budget sent to parliament
    are not."""
    signed = code_text("Norway signed a $40 million aid package for Malawi on Monday.", "2024-05-01")
    assert {(e["plover"]["event"], e["source_actor"], e["target_actor"]) for e in signed
            if e["modality"] == "asserted"} == {("AID", "NOR", "MWI")}
    assert "AID" not in plover(code_text("The president signed a stimulus package on Monday."))
    sent = code_text("Japan sent $5 million in aid to Tonga on Friday.", "2024-05-01")
    assert ("071", "JPN", "TON") in {(e["cameo"], e["source_actor"], e["target_actor"]) for e in sent
                                      if e["modality"] == "asserted"}
    assert "AID" not in plover(code_text("The cabinet sent the budget to parliament on Friday."))
    transfer = code_text("Chile announced the transfer of humanitarian aid to Bolivia on Friday.", "2024-05-01")
    assert {(e["plover"]["event"], e["target_actor"]) for e in transfer} == {("AID", "BOL")}
    assert "AID" in plover(code_text("Jordan rushed truckloads of food supplies into the flooded villages."))


def test_joint_exercises_stay_joint_when_the_adjective_hangs_on_a_compound(code_text):
    """In "joint maritime exercises" the parser hangs "joint" on "maritime": the exercises are still
    joint (062, material cooperation with the partner), not one navy's show of force (150)."""
    events = code_text("The Indian navy conducted joint maritime exercises with Oman on Tuesday.", "2024-05-01")
    assert {(e["cameo"], e["target_actor"]) for e in events if e["modality"] == "asserted"} == {("062", "OMN")}
    alone = code_text("The Indian navy conducted maritime exercises on Tuesday.", "2024-05-01")
    assert [e["cameo"] for e in alone] == ["150"]


def test_recruitment_intensified_or_increased_is_mobilisation(code_text):
    """Intensifying, increasing or boosting recruitment adds to forces (154), as stepping it up does."""
    assert code("VERB", "intensify", object="recruitment") == "154"
    assert code("VERB", "increase", object="conscription") == "154"
    assert "MOBILIZE" in plover(code_text("The rebel army intensified recruitment in the northern provinces this week."))
