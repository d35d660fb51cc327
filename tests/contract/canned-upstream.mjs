// A stand-in back-office for the contract checker's own tests: every request is answered with
// the response its X-Canned header describes (base64 of {"status", "contentType", "body"}), so
// a test can put any answer, a wrong one on purpose, behind Prism.
import http from 'node:http';

const server = http.createServer((request, response) => {
    request.resume();
    request.on('end', () => {
        const header = request.headers['x-canned'];
        if (!header) {
            response.writeHead(400, {'Content-Type': 'text/plain'});
            response.end('no X-Canned header');
            return;
        }
        const canned = JSON.parse(Buffer.from(header, 'base64').toString('utf8'));
        response.writeHead(canned.status, canned.contentType ? {'Content-Type': canned.contentType} : {});
        response.end(canned.body ?? '');
    });
});
server.listen(0, '127.0.0.1', () => {
    console.log(`listening on http://127.0.0.1:${server.address().port}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
