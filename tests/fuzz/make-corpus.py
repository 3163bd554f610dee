#!/usr/bin/env python3
"""Writes the seed corpora of tests/fuzz/corpus from the recorded real server.

Usage: tests/fuzz/make-corpus.py [../shared/reference/real-server/transcripts.jsonl]
Each recorded request becomes a fuzz_sandbox_http input (its session cookie and JWT replaced by
the harness's @SESSION@ and @JWT@, its project by "sandbox"); each response body a
fuzz_client_models input; user agents and queries fuzz_sandbox_parsers inputs. The output is
committed; run this again only when the recordings change.
"""
import hashlib
import json
import os
import re
import sys
import urllib.parse

here = os.path.dirname(os.path.abspath(__file__))
source = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    here, '..', '..', '..', 'shared', 'reference', 'real-server', 'transcripts.jsonl')


def write(target, data):
    if isinstance(data, str):
        data = data.encode()
    folder = os.path.join(here, 'corpus', target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, hashlib.sha1(data).hexdigest()), 'wb') as out:
        out.write(data)


def http_input(request):
    target = request['path']
    if request['query']:
        query = dict(request['query'])
        if 'project' in query:
            query['project'] = 'sandbox'
        target += '?' + urllib.parse.urlencode(query, doseq=True)
    lines = [request['method'] + ' ' + target]
    for name, value in request['headers'].items():
        if name == 'content-length':
            continue
        if name == 'x-appwrite-project':
            value = 'sandbox'
        if name == 'cookie':
            value = re.sub(r'a_session_\w+?(_legacy)?=[^;]*', r'a_session_sandbox\1=@SESSION@', value)
        if name == 'x-appwrite-jwt':
            value = '@JWT@'
        lines.append(name + ': ' + value)
    body = request.get('body')
    text = '' if body in (None, {}, '') else (
        body if isinstance(body, str) else json.dumps(body, separators=(',', ':')))
    return '\n'.join(lines) + '\n\n' + text


with open(source) as transcripts:
    for line in transcripts:
        exchange = json.loads(line)
        request, response = exchange['request'], exchange['response']
        write('sandbox_http', http_input(request))
        body = response.get('body')
        if isinstance(body, (dict, list)):
            write('client_models', json.dumps(body, separators=(',', ':')))
        agent = request['headers'].get('user-agent', '')
        queries = (request.get('body') or {}) if isinstance(request.get('body'), dict) else {}
        queries = request['query'].get('queries[]') or request['query'].get('queries') or \
            queries.get('queries') or []
        write('sandbox_parsers', agent + '\n' + json.dumps(queries))

# What the recordings lack: the other ways a credential or a parameter arrives.
extra_http = [
    'GET /v1/account\nX-Appwrite-Project: sandbox\nX-Appwrite-Session: @SESSION@\n\n',
    'GET /v1/account/sessions/@SESSIONID@\nX-Appwrite-Project: sandbox\n'
    'X-Fallback-Cookies: {"a_session_sandbox":"@SESSION@"}\n\n',
    'GET /v1/account/logs?project=sandbox&queries[]={"method":"limit","values":[2]}'
    '&queries[]={"method":"offset","values":[1]}\nCookie: a_session_sandbox=@SESSION@\n\n',
    'PATCH /v1/account/name\nX-Appwrite-Project: sandbox\nCookie: a_session_sandbox=@SESSION@\n'
    'Content-Type: application/x-www-form-urlencoded\n\nname=Fuzz+Er&x[]=1&x[2]=2',
    'PATCH /v1/account/prefs\nX-Appwrite-Project: sandbox\nX-Appwrite-JWT: @JWT@\n'
    'Content-Type: application/json\n\n{"prefs":{"theme":"dark","n":[1,{"a":null}]}}',
    'POST /v1/account/jwt\nX-Appwrite-Project: sandbox\nCookie: a_session_sandbox=@SESSION@\n'
    'Origin: http://evil.example\n\n',
    'DELETE /v1/account/sessions/current\nX-Appwrite-Project: sandbox\n'
    'Cookie: a_session_sandbox_legacy=@SESSION@\n\n%%\nGET /v1/account\n'
    'X-Appwrite-Project: sandbox\nCookie: a_session_sandbox=@SESSION@\n\n',
    'GET /v1/sandbox/outbox\n\n%%\nDELETE /v1/sandbox/outbox\n\n',
    'GET /v1/sandbox/oauth2/github/authorize?state=x&decision=approve&email=a@b.c\n\n',
    'OPTIONS /v1/account\nOrigin: http://localhost\n\n',
]
for text in extra_http:
    write('sandbox_http', text)

extra_parsers = [
    'appwrite-account/0.1.0 (Linux; U; debian 12)\n[]',
    'curl/7.88.1\n["{\\"method\\":\\"equal\\",\\"attribute\\":\\"userId\\",\\"values\\":[\\"a\\"]}"]',
    'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0\n'
    '["{\\"method\\":\\"notEqual\\",\\"attribute\\":\\"provider\\",\\"values\\":[\\"x\\",1,null]}"]',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) '
    'Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.51\n{"method":"limit","values":[5000]}',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) '
    'Version/17.4.1 Safari/605.1.15\n["{\\"method\\":\\"offset\\",\\"values\\":[-1]}"]',
    'Mozilla/5.0 (X11; Linux x86_64) QtWebEngine/6.4.2 Qt/6.4.2\n[]',
    'eyJpZCI6ImFkbWluIiwic2VjcmV0IjoiYWJjIn0=\n[]',
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1c2VySWQiOiJhIiwic2Vzc2lvbklkIjoiYiIsImV4cCI6MX0.'
    'c2lnbmF0dXJl\n[]',
    'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP\n[]',
    'http://localhost/cb?a=1#frag\n{}',
]
for text in extra_parsers:
    write('sandbox_parsers', text)
