import ipaddress

import pytest

from intel.urlpolicy import UrlRefusedError, address_refusal, check_url


def fixed(*addresses):
    return lambda _host, _port: [ipaddress.ip_address(a) for a in addresses]


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",  # cloud metadata
        "100.64.0.1",  # CGNAT
        "0.0.0.0",
        "224.0.0.1",
        "240.0.0.1",
        "::1",
        "::",
        "fc00::1",
        "fe80::1",
        "::ffff:127.0.0.1",  # IPv4-mapped
        "::ffff:169.254.169.254",
        "2002:a9fe:a9fe::1",  # 6to4 embedding 169.254.169.254
        "64:ff9b::a00:1",  # NAT64 embedding 10.0.0.1
    ],
)
def test_non_public_addresses_are_refused(address):
    assert address_refusal(ipaddress.ip_address(address)) is not None


@pytest.mark.parametrize("address", ["93.184.215.14", "2606:4700:4700::1111", "8.8.8.8"])
def test_public_addresses_are_allowed(address):
    assert address_refusal(ipaddress.ip_address(address)) is None


def test_allow_list_exempts_only_its_networks():
    allow = [ipaddress.ip_network("127.0.0.1/32")]
    assert address_refusal(ipaddress.ip_address("127.0.0.1"), allow) is None
    assert address_refusal(ipaddress.ip_address("127.0.0.2"), allow) is not None


@pytest.mark.parametrize(
    ("url", "fragment"),
    [
        ("file:///etc/passwd", "only http and https"),
        ("gopher://example.com/", "only http and https"),
        ("http:///nohost", "no host"),
        ("http://user:pw@example.com/", "credentials"),
        ("http://example.com:99999/", "malformed"),
        ("http://[::1/", "malformed"),
        ("http://example.com/" + "a" * 3000, "longer than"),
        ("http://example.com/" + "é" * 1100, "longer than"),  # 2,200 bytes, as stored
    ],
)
def test_malformed_or_foreign_urls_are_refused_with_a_reason(url, fragment):
    with pytest.raises(UrlRefusedError) as caught:
        check_url(url, resolver=fixed("93.184.215.14"))
    assert fragment in caught.value.reason


def test_a_host_resolving_to_any_private_address_is_refused():
    with pytest.raises(UrlRefusedError) as caught:
        check_url("https://rebind.test/", resolver=fixed("93.184.215.14", "10.0.0.5"))
    assert "10.0.0.5" in caught.value.reason


def test_literal_addresses_are_checked_without_dns():
    def no_dns(_host, _port):
        raise AssertionError("a literal address must not be resolved")

    with pytest.raises(UrlRefusedError):
        check_url("http://169.254.169.254/latest/meta-data/", resolver=no_dns)
    with pytest.raises(UrlRefusedError):
        check_url("http://[::ffff:7f00:1]/", resolver=no_dns)


def test_unresolvable_hosts_are_a_dns_refusal():
    def fails(_host, _port):
        raise OSError("Name or service not known")

    with pytest.raises(UrlRefusedError) as caught:
        check_url("https://nowhere.invalid/", resolver=fails)
    assert caught.value.kind == "dns"


def test_public_url_passes_and_returns_its_addresses():
    assert check_url("https://example.com/feed", resolver=fixed("93.184.215.14")) == [
        ipaddress.ip_address("93.184.215.14")
    ]
