#!/usr/bin/env python3
# Quick A/B probe of one bot build's start-up, idle memory and first 30 s (docs/performance.md, "Idle memory
# and the first 30 seconds"). No token checks (Development: Production now refuses to start without an app id), embedded SQLite, a stub connector on
# loopback that answers 200. Not the bench (bench/run.sh measures with authentication on); it is for
# comparing builds and runtime knobs back to back in a couple of minutes each.
# Usage: bench/startup-probe.py BOT_DIR LABEL [NAME=VALUE ...]   (environment for the bot; NOLOAD=1 stops after
#        the idle sample, DUMP=1 keeps /proc/PID/smaps at idle). Logs and dumps go to $PROBE_OUT (/tmp/startup-probe).
import json, os, subprocess, sys, time, threading, socket, urllib.request, http.server, uuid, tempfile
from concurrent.futures import ThreadPoolExecutor
botdir, label = sys.argv[1], sys.argv[2]
extra = dict(a.split('=',1) for a in sys.argv[3:])
OUT=os.environ.get('PROBE_OUT','/tmp/startup-probe'); os.makedirs(OUT, exist_ok=True)
def free():
    s=socket.socket(); s.bind(('127.0.0.1',0)); p=s.getsockname()[1]; s.close(); return p
class H(http.server.BaseHTTPRequestHandler):
    protocol_version="HTTP/1.1"
    def do_POST(self):
        n=int(self.headers.get('Content-Length') or 0); self.rfile.read(n)
        # Headers and body in one write: two small writes meet Nagle and delayed ACK and add 40 ms to a turn.
        b=b'{"id":"1"}'; self.wfile.write(b'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: '+str(len(b)).encode()+b'\r\n\r\n'+b)
    do_PUT=do_POST
    def log_message(self,*a): pass
cport=free(); srv=http.server.ThreadingHTTPServer(('127.0.0.1',cport),H); threading.Thread(target=srv.serve_forever,daemon=True).start()
port=free(); db=tempfile.mktemp(suffix='.db', dir=OUT)
env=dict(os.environ, ASPNETCORE_ENVIRONMENT='Development', DOTNET_NOLOGO='1', Logging__LogLevel__Default='Warning', MicrosoftAppId='',
  Storage__Provider='Sqlite', Storage__Sqlite__Path=db, Scheduling__Enabled='false', Organisation__SampleData='true',
  BotConnector__AllowedServiceHosts__0='127.0.0.1')
env.update(extra)
log=open(f'{OUT}/{label}.log','w')
t0=time.monotonic()
p=subprocess.Popen(['dotnet','OpsRhythm.Bot.dll','--urls',f'http://127.0.0.1:{port}'],cwd=botdir,env=env,stdout=log,stderr=log)
users=[f'user-id-{i}' for i in range(6)]
def act(u,text):
    return json.dumps({"type":"message","text":text,"textFormat":"plain","id":"m-"+uuid.uuid4().hex,"timestamp":"2026-12-07T02:00:00Z",
     "serviceUrl":f"http://127.0.0.1:{cport}/","channelId":"msteams","locale":"zh-CN","from":{"id":u,"name":u},"recipient":{"id":"28:bot","name":"OpsRhythm"},
     "conversation":{"id":"a:p-"+u,"conversationType":"personal","tenantId":"t1"},"channelData":{"tenant":{"id":"t1"}}}).encode()
def post(u,text):
    s=time.monotonic()
    r=urllib.request.Request(f'http://127.0.0.1:{port}/api/messages',data=act(u,text),headers={'Content-Type':'application/json'})
    with urllib.request.urlopen(r,timeout=30) as resp: code=resp.status
    return code,(time.monotonic()-s)*1000
def rss():
    for l in open(f'/proc/{p.pid}/status'):
        if l.startswith('VmRSS'): return int(l.split()[1])/1024
ready=None
while time.monotonic()-t0<120:
    try:
        with urllib.request.urlopen(f'http://127.0.0.1:{port}/health/ready',timeout=5) as r:
            if r.status==200: ready=time.monotonic()-t0; break
    except Exception: pass
    time.sleep(0.02)
first=None
while first is None and time.monotonic()-t0<120:
    try:
        c,_=post(users[0],'help')
        if c==200: first=time.monotonic()-t0
    except Exception as e: time.sleep(0.02)
time.sleep(5)
idle=rss()
if 'DUMP' in extra: open(OUT+'/smaps-'+label,'w').write(open(f'/proc/{p.pid}/smaps').read()); open(OUT+'/maps-'+label,'w').write(open(f'/proc/{p.pid}/maps').read())
if 'NOLOAD' in extra:
    print(f'{label}: ready {ready:.2f}s first200 {first:.2f}s idleRSS {idle:.0f}MiB', flush=True); p.terminate(); p.wait(10); sys.exit(0)
def load(secs,rate):
    lat=[]; ex=ThreadPoolExecutor(32); futs=[]; st=time.monotonic(); i=0
    while time.monotonic()-st<secs:
        futs.append(ex.submit(post,users[i%6],'help')); i+=1
        nxt=st+i/rate; d=nxt-time.monotonic()
        if d>0: time.sleep(d)
    for f in futs:
        try: c,l=f.result(); lat.append(l if c==200 else 99999)
        except Exception: lat.append(99999)
    ex.shutdown(); lat.sort()
    q=lambda x: lat[min(len(lat)-1,int(x*len(lat)))]
    return len(lat), q(0.5), q(0.99), lat[-1]
a=load(30,20)
b=load(20,20)
after=rss()
p.terminate(); p.wait(10); srv.shutdown()
with open('/proc/loadavg') as f: la=f.read().split()[0]
print(f"{label}: ready {ready:.2f}s first200 {first:.2f}s idleRSS {idle:.0f}MiB | first30s n={a[0]} p50 {a[1]:.1f} p99 {a[2]:.1f} max {a[3]:.0f} | steady n={b[0]} p50 {b[1]:.1f} p99 {b[2]:.1f} max {b[3]:.0f} | RSS after {after:.0f} | load {la}", flush=True)
