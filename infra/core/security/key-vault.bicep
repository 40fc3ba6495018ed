metadata description = 'Key Vault in RBAC mode. Holds the SendGrid API key; the value is never in the repository.'

param name string
param location string
param tags object
param tenantId string = subscription().tenantId

@description('Name of the secret the function app reads through a Key Vault reference.')
param sendGridSecretName string

@secure()
@description('Optional. When empty no secret version is written; set it later with az keyvault secret set.')
param sendGridApiKey string = ''

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
    // No purge protection: the only secret can be reissued by SendGrid, and `azd down --purge` must free the name.
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource sendGridSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(sendGridApiKey)) {
  parent: vault
  name: sendGridSecretName
  properties: {
    value: sendGridApiKey
    contentType: 'SendGrid API key'
  }
}

output name string = vault.name
output uri string = vault.properties.vaultUri
