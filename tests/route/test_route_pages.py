"""The route pages work without JavaScript: GET forms, results in the page, nothing stored."""

QUERY = "leeftijd=30&kind_leeftijd=3&opvang=dagopvang&uurprijs=10.50&huur=750"


def test_start_page(client):
    response = client.get("/werk/")
    assert response.status_code == 200
    assert "Wat levert werken mij op?" in response.content.decode()


def test_calculation_page_shows_summary_chart_and_table(client):
    response = client.get(f"/werk/rekenen/?{QUERY}")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Nu werkt u niet" in html and "<svg" in html and "Alle 36 maanden" in html
    assert "Participatiewet art. 31" in html


def test_compact_view_for_counsellors(client):
    html = client.get(f"/werk/rekenen/?{QUERY}&weergave=compact").content.decode()
    assert "Samenvatting: werken vanuit de bijstand" in html


def test_bad_input_names_the_field(client):
    html = client.get("/werk/rekenen/?leeftijd=12").content.decode()
    assert 'role="alert"' in html


def test_barrier_plan(client):
    html = client.get("/werk/drempels/?drempel=kinderopvang&drempel=taal&klaar=1").content.decode()
    assert "Uw stappenplan" in html and "Taalhuis" in html and "art. 1.6" in html


def test_english(client):
    html = client.get("/en/werk/drempels/?drempel=mantelzorg&klaar=1").content.decode()
    assert "Your step plan" in html


def test_the_offered_hours_are_compared_too(client):
    html = client.get(f"/werk/rekenen/?{QUERY}&aanbod_uren=20").content.decode()
    assert "Werkt u 20 uur per week?" in html and "Werkt u 16 uur per week?" in html


def test_english_calculation_page(client):
    html = client.get(f"/en/werk/rekenen/?{QUERY}").content.decode()
    assert "You are not working now." in html
    assert "Gross hourly wage € 14,71 without holiday pay; the holiday pay (8 %) is spread over the months." in html
