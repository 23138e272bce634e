"""The web pages: server-rendered, readable without JavaScript, signed in by cookie.

Pages call the same services and read models as the JSON API, so a page never shows
what the API would refuse the same user.
"""
