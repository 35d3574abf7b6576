// The bot's user-assigned managed identity: it reads Cosmos DB (data-plane RBAC, no keys) and the
// Key Vault secret. User-assigned so that role assignments exist before the app first starts and
// survive re-creating the web app.

param name string
param location string

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${name}-identity'
  location: location
}

output id string = identity.id
output principalId string = identity.properties.principalId
output clientId string = identity.properties.clientId
